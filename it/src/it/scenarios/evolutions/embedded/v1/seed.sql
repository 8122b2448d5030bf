insert into Customer (id, name, street, city, work_street, work_city) values (1, 'Ada', 'Main St', 'Paris', 'Lab Rd', 'London');
