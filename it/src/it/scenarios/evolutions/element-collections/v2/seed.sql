insert into recipe_nutrition (Recipe_id, nutrient, grams) values (1, 'salt', 2);
insert into Recipe_notes (Recipe_id, meal, note) values (1, 'DINNER', 'best hot');
