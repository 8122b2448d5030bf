insert into Author (id, name) values (5, 'Ada');
insert into Book (id, title) values (1, 'Notes');
insert into book_authors (book_id, author_id) values (1, 5);
