/*
 * The minipy parser: Python 3.11 syntax (the subset in LANGUAGE.md), written so that ANTLR's
 * SLL prediction succeeds on ordinary code: one rule per precedence level, alternatives that
 * differ in their first token, and checks that need more context (assignment targets, parameter
 * order, walrus targets) left to the AstBuilder. The token stream comes from
 * IndentingTokenSource: NEWLINE only ends a logical line, INDENT/DEDENT mark blocks.
 */
parser grammar MiniPyParser;

options { tokenVocab = MiniPyLexer; }

// ---- start rules ----
file_input        : stmt* EOF ;
interactive_input : stmt* EOF ;
eval_input        : star_expressions NEWLINE* EOF ;

// ---- statements ----
stmt          : simple_stmts | compound_stmt ;
simple_stmts  : simple_stmt (SEMI simple_stmt)* SEMI? NEWLINE ;
simple_stmt
    : expr_stmt
    | del_stmt
    | pass_stmt
    | break_stmt
    | continue_stmt
    | return_stmt
    | raise_stmt
    | global_stmt
    | nonlocal_stmt
    | assert_stmt
    | import_name
    | import_from
    ;

expr_stmt
    : first=star_expressions
      ( annassign
      | augassign rhs
      | (EQUAL rhs)*
      )
    | yield_expr
    ;
rhs        : yield_expr | star_expressions ;
annassign  : COLON test (EQUAL rhs)? ;
augassign
    : PLUSEQUAL | MINEQUAL | STAREQUAL | ATEQUAL | SLASHEQUAL | PERCENTEQUAL | AMPEREQUAL
    | VBAREQUAL | CIRCUMFLEXEQUAL | LEFTSHIFTEQUAL | RIGHTSHIFTEQUAL | DOUBLESTAREQUAL
    | DOUBLESLASHEQUAL
    ;

del_stmt      : DEL exprlist ;
pass_stmt     : PASS ;
break_stmt    : BREAK ;
continue_stmt : CONTINUE ;
return_stmt   : RETURN star_expressions? ;
raise_stmt    : RAISE (test (FROM test)?)? ;
global_stmt   : GLOBAL NAME (COMMA NAME)* ;
nonlocal_stmt : NONLOCAL NAME (COMMA NAME)* ;
assert_stmt   : ASSERT test (COMMA test)? ;

import_name     : IMPORT dotted_as_name (COMMA dotted_as_name)* ;
dotted_as_name  : dotted_name (AS NAME)? ;
dotted_name     : NAME (DOT NAME)* ;
import_from
    : FROM import_dots* dotted_name? IMPORT
      ( STAR
      | LPAR import_as_name (COMMA import_as_name)* COMMA? RPAR
      | import_as_name (COMMA import_as_name)*
      )
    ;
import_dots     : DOT | ELLIPSIS ;
import_as_name  : NAME (AS NAME)? ;

compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorated
    ;

if_stmt     : IF namedexpr_test COLON block elif_clause* else_clause? ;
elif_clause : ELIF namedexpr_test COLON block ;
else_clause : ELSE COLON block ;
while_stmt  : WHILE namedexpr_test COLON block else_clause? ;
for_stmt    : FOR exprlist IN star_expressions COLON block else_clause? ;
try_stmt
    : TRY COLON block
      ( except_clause+ else_clause? finally_clause?
      | finally_clause
      )
    ;
except_clause  : EXCEPT (test (AS NAME)?)? COLON block ;
finally_clause : FINALLY COLON block ;
with_stmt
    : WITH ( LPAR with_item (COMMA with_item)* COMMA? RPAR
           | with_item (COMMA with_item)*
           ) COLON block
    ;
with_item : test (AS expr)? ;

funcdef     : DEF NAME LPAR params? RPAR (RARROW test)? COLON block ;
params      : param (COMMA param)* COMMA? ;
param
    : NAME (COLON test)? (EQUAL test)?
    | STAR (NAME (COLON test)?)?
    | DOUBLESTAR NAME (COLON test)?
    | SLASH
    ;
classdef    : CLASS NAME (LPAR arglist? RPAR)? COLON block ;
decorated   : decorator+ (classdef | funcdef) ;
decorator   : AT namedexpr_test NEWLINE ;

block : simple_stmts | NEWLINE INDENT stmt+ DEDENT ;

// ---- expressions, loosest binding first ----
star_expressions : star_or_test (COMMA star_or_test)* COMMA? ;
star_or_test     : test | star_expr ;
star_expr        : STAR expr ;

namedexpr_test : test (COLONEQUAL test)? ;
test
    : or_test (IF or_test ELSE test)?
    | lambdef
    ;
lambdef     : LAMBDA lambda_params? COLON test ;
lambda_params : lambda_param (COMMA lambda_param)* COMMA? ;
lambda_param
    : NAME (EQUAL test)?
    | STAR NAME?
    | DOUBLESTAR NAME
    | SLASH
    ;
or_test     : not_test ((OR | AND) not_test)* ;   // 'and' binds tighter: grouped by the AstBuilder
not_test    : NOT not_test | comparison ;
comparison  : expr (comp_op expr)* ;
comp_op
    : LESS | GREATER | EQEQUAL | GREATEREQUAL | LESSEQUAL | NOTEQUAL
    | IN | NOT IN | IS NOT?     // 'IS NOT?', not 'IS | IS NOT': one token of lookahead suffices
    ;
// All binary operators in one flat rule; the AstBuilder applies their precedence
// (| ^ & << >> + - * / % // @, loosest first). Five rule levels fewer on every operand
// is a shorter descent for the parser, cold or warm.
expr
    : factor
      ( ( VBAR | CIRCUMFLEX | AMPER | LEFTSHIFT | RIGHTSHIFT | PLUS | MINUS
        | STAR | SLASH | PERCENT | DOUBLESLASH | AT
        ) factor
      )*
    ;
factor      : (PLUS | MINUS | TILDE) factor | power ;
power       : atom trailer* (DOUBLESTAR factor)? ;   // trailers bind tighter than **
trailer
    : LPAR arglist? RPAR
    | LSQB subscripts RSQB
    | DOT NAME
    ;
// Alternatives are not labelled: each label is one more class to load at start-up; the
// AstBuilder tells them apart by their first token.
atom
    : LPAR (yield_expr | testlist_comp)? RPAR
    | LSQB testlist_comp? RSQB
    | LBRACE dictorsetmaker? RBRACE
    | NAME
    | NUMBER
    | IMAG_NUMBER
    | STRING+
    | ELLIPSIS
    | NONE
    | TRUE
    | FALSE
    ;
testlist_comp
    : star_named (comp_for | (COMMA star_named)* COMMA?) ;
star_named : namedexpr_test | star_expr ;

dictorsetmaker
    : namedexpr_test
      ( COLON test (comp_for | (COMMA dict_item)* COMMA?)
      | comp_for
      | (COMMA star_named)* COMMA?
      )
    | DOUBLESTAR expr (COMMA dict_item)* COMMA?
    | star_expr (COMMA star_named)* COMMA?
    ;
dict_item : test COLON test | DOUBLESTAR expr ;

subscripts : subscript (COMMA subscript)* COMMA? ;
subscript
    : namedexpr_test (COLON test? slice_step?)?
    | COLON test? slice_step?
    | star_expr
    ;
slice_step : COLON test? ;

exprlist : star_or_expr (COMMA star_or_expr)* COMMA? ;
star_or_expr : expr | star_expr ;

arglist  : argument (COMMA argument)* COMMA? ;
argument
    : namedexpr_test (comp_for | EQUAL test)?
    | STAR test
    | DOUBLESTAR test
    ;

comp_for : comp_clause+ ;
comp_clause : FOR exprlist IN or_test (IF or_test)* ;

yield_expr : YIELD (FROM test | star_expressions)? ;
