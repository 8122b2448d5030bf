insert into Supplier (id, company, version) values (2, 'Acme', 0);
insert into Product (id, name, version) values (1, 'Lamp', 0);
