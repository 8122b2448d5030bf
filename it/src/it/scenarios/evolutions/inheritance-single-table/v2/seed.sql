insert into Vehicle (kind, plate, seats) values ('CAR', 'CD-456', 2);
