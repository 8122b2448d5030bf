insert into Person (id, name) values (20, 'Bob');
insert into Customer (person_id, tier) values (20, 'GOLD');
