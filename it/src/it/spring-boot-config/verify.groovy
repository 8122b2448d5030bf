def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/java/com/example/db/migrations')
def generated = migrations.listFiles().find { it.name.endsWith('_CreateShipment.java') }
assert generated != null
def source = generated.text
// config/application.yml wins over the root application.yml: names as the entity writes them
assert source.contains('table("Shipment")') : source
assert source.contains('column("trackingCode"') : source
// application-prod.yml's preferred_instant_jdbc_type: TIMESTAMP, not Hibernate's default with a time zone
assert source.contains('column("shippedAt", timestamp(6))') : source
// upgrade went to spring.datasource.url of application-prod.yml, and said so without the password
assert log.contains('Database jdbc:h2:file:./target/shipping-db/shipping (spring.datasource.url from class path resource [config/application-prod.yml]')
assert !log.contains('s3cret-pw')
assert new File(basedir, 'target/shipping-db/shipping.mv.db').isFile()
assert !new File(basedir, 'target/migrations-db').exists()
assert log.contains('Tests run: 2, Failures: 0, Errors: 0')
return true
