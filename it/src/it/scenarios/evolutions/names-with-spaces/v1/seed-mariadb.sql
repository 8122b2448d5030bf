insert into `Purchase Order` (id, `Placed By`) values (1, 'ada');
insert into `Line Item` (id, `Purchase Id`, `Item Sku`, `Unit Price`, quantity) values (1, 1, 'SKU-1', 9.50, 2);
