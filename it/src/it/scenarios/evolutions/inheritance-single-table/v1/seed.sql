insert into Vehicle (kind, plate, seats) values ('CAR', 'AB-123', 5);
