insert into BankPayment (id, amount, iban) values (2, 99.99, 'DE00');
