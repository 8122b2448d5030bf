insert into Supplier (id, company, version) values (2, 'Acme', 0);
insert into Product (id, name, createdAt, version) values (1, 'Lamp', timestamp with time zone '2026-01-01 10:00:00+00', 0);
