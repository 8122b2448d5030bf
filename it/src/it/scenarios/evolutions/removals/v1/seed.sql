insert into Author (id, name) values (1, 'Ada');
insert into Tag (id, label) values (1, 'java');
insert into Post (id, title, slug, author_id) values (1, 'Hello', 'hello', 1);
insert into VideoPost (id, seconds) values (1, 60);
insert into post_labels (Post_id, labels) values (1, 'intro');
insert into Post_Tag (Post_id, tags_id) values (1, 1);
