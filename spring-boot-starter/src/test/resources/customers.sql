insert into customer (id, name, email) values (1, 'Ada', 'ada@example.org');
