insert into Recipe (id, title) values (1, 'Soup');
insert into recipe_tags (recipe_id, tag) values (1, 'warm');
insert into Recipe_steps (Recipe_id, step_no, text, minutes) values (1, 0, 'Boil water', 10);
