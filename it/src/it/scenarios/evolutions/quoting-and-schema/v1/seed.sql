insert into "order" (id, "select", "Total") values (1, 'all', 12);
