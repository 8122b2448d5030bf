insert into Country (code, name) values ('FR', 'France');
insert into Customer (id, name, city, lat, lon, country_code, work_country) values (2, 'Bob', 'Lyon', 45.75, 4.85, 'FR', 'FR');
