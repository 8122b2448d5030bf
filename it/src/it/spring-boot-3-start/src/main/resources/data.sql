insert into author (name) values ('Jorge Luis Borges');
