insert into Person (id, name) values (10, 'Ada');
insert into Employee (id, salary) values (10, 1000.50);
