insert into "user" (id, "group", "order") values (1, 'admins', 1);
