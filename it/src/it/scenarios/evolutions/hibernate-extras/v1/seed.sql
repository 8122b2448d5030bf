insert into Country (id, isoCode, name) values (1, 'FR', 'France');
