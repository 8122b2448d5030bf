// spring-javaformat's validate accepted what init and generate wrote, with no formatter run.
binding.setVariable('checkGoal', 'spring-javaformat:0.0.47:validate')
def migration = evaluate(new File(basedir, '../../../src/it/formatter-check.groovy'))
// spring-javaformat indents with tabs.
assert migration.contains('\n\tpublic void up(Operations op) {\n\t\top.createTable(')
return true
