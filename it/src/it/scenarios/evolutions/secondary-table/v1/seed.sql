insert into Account (id, name) values (1, 'Ada');
