insert into City (id, code, country_id) values (1, 'PAR', 1);
