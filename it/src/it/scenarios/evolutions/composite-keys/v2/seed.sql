insert into Student (id, name) values (1, 'Ada');
insert into StudentProfile (student_id, bio) values (1, 'Likes math');
