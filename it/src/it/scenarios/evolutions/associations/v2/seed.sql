insert into Publisher (id, name) values (3, 'Acme');
update Book set publisher_id = 3 where id = 1;
insert into Review (id, book_id, text) values (9, 1, 'Good');
