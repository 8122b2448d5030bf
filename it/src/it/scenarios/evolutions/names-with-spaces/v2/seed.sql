insert into "Line Item" (id, "Purchase Id", "Item Sku", "Unit Price", quantity, "Line Note") values (2, 1, 'SKU-2', 1.25, 5, 'gift');
