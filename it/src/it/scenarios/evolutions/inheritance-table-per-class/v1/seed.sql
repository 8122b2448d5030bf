insert into CardPayment (id, amount, cardNumber) values (1, 10.00, '4111');
