insert into Item (id, name, price, sku, quantity) values (1, 'Bolt', 0.25, 'B-1', 100);
