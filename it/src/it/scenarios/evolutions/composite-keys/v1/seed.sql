insert into OrderLine (orderId, lineNo, product, quantity) values (7, 1, 'Pen', 3);
insert into Enrollment (studentId, course) values (1, 'Math');
