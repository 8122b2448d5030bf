insert into Vehicle (kind, plate, payloadTons) values ('TRUCK', 'TR-9', 12.50);
