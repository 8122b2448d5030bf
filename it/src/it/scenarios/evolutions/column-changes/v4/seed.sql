insert into Item (name, price, sku, quantity) values ('Nut', 0.10, 'N-1', 500);
