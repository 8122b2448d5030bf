def log = new File(basedir, 'build.log').text
assert log.contains('Applied ')
assert log.contains('Tests run: 2, Failures: 0, Errors: 0')
return true
