/*
 * The minipy lexer: Python 3.11 tokens. This grammar is the specification of the tokens and the
 * source of their type numbers; at run time org.minipy.parse.Tokenizer, a hand-written
 * equivalent, produces them, because this generated lexer is slow to start (its ATN, with large
 * Unicode sets, is deserialized and its DFA built in every fresh JVM). TokenizerTest checks
 * that both produce the same tokens: change both together.
 * Layout (INDENT, DEDENT, which NEWLINEs count) is not decided here but in
 * org.minipy.parse.IndentingTokenSource, which wraps the raw tokens.
 * String literals (including f-strings) are single tokens, as in CPython 3.11; their contents
 * are decoded by the AST builder.
 */
lexer grammar MiniPyLexer;

tokens { INDENT, DEDENT }

// ---- keywords (match/case/_ are soft keywords: plain NAMEs) ----
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

// ---- literals ----
STRING : STRING_PREFIX? (SHORT_STRING | LONG_STRING);

NUMBER
    : DEC_INTEGER
    | '0' [xX] ('_'? HEX_DIGIT)+
    | '0' [oO] ('_'? [0-7])+
    | '0' [bB] ('_'? [01])+
    | FLOAT_NUMBER
    ;

IMAG_NUMBER : (FLOAT_NUMBER | DIGIT_PART) [jJ];

NAME : ID_START ID_CONTINUE*;

// ---- operators and delimiters ----
LPAR        : '(';
RPAR        : ')';
LSQB        : '[';
RSQB        : ']';
LBRACE      : '{';
RBRACE      : '}';
COLONEQUAL  : ':=';
COLON       : ':';
COMMA       : ',';
SEMI        : ';';
ELLIPSIS    : '...';
DOT         : '.';
RARROW      : '->';
DOUBLESTAREQUAL : '**=';
DOUBLESTAR  : '**';
STAREQUAL   : '*=';
STAR        : '*';
DOUBLESLASHEQUAL : '//=';
DOUBLESLASH : '//';
SLASHEQUAL  : '/=';
SLASH       : '/';
PLUSEQUAL   : '+=';
PLUS        : '+';
MINEQUAL    : '-=';
MINUS       : '-';
PERCENTEQUAL: '%=';
PERCENT     : '%';
ATEQUAL     : '@=';
AT          : '@';
AMPEREQUAL  : '&=';
AMPER       : '&';
VBAREQUAL   : '|=';
VBAR        : '|';
CIRCUMFLEXEQUAL : '^=';
CIRCUMFLEX  : '^';
LEFTSHIFTEQUAL  : '<<=';
LEFTSHIFT   : '<<';
RIGHTSHIFTEQUAL : '>>=';
RIGHTSHIFT  : '>>';
EQEQUAL     : '==';
NOTEQUAL    : '!=';
LESSEQUAL   : '<=';
LESS        : '<';
GREATEREQUAL: '>=';
GREATER     : '>';
EQUAL       : '=';
TILDE       : '~';

// ---- layout ----
NEWLINE : '\r'? '\n' | '\r';
WS            : [ \t\f]+ -> skip;
COMMENT       : '#' ~[\r\n]* -> skip;
LINE_JOIN     : '\\' ('\r'? '\n' | '\r') -> skip;

// Unterminated strings: shorter than a terminated one, so only chosen when the closing
// quote is missing. The token source turns them into CPython's tokenizer errors.
UNTERMINATED_STRING
    : STRING_PREFIX? ('\'' ('\\' . | ~[\\\r\n'])* | '"' ('\\' . | ~[\\\r\n"])*)
    ;
UNTERMINATED_LONG_STRING
    : STRING_PREFIX? '\'\'\'' (~['\\] | '\\' . | '\'' ~['\\] | '\'' '\\' . | '\'\'' ~['\\] | '\'\'' '\\' .)* ('\'' '\''?)? '\\'? EOF
    | STRING_PREFIX? '"""' (~["\\] | '\\' . | '"' ~["\\] | '"' '\\' . | '""' ~["\\] | '""' '\\' .)* ('"' '"'?)? '\\'? EOF
    ;

// Anything else (a lone quote, '$', '?', a backslash not before a newline): the token source
// turns it into CPython's tokenizer error.
ERRORTOKEN : . ;

fragment STRING_PREFIX
    : [rRuUfFbB] | [bB][rR] | [rR][bB] | [fF][rR] | [rR][fF]
    ;

fragment SHORT_STRING
    : '\'' ('\\' . | ~[\\\r\n'])* '\''
    | '"' ('\\' . | ~[\\\r\n"])* '"'
    ;

fragment LONG_STRING
    : '\'\'\'' ('\\' . | .)*? '\'\'\''
    | '"""' ('\\' . | .)*? '"""'
    ;

fragment DEC_INTEGER : [1-9] ('_'? [0-9])* | '0'+ ('_'? '0')* ;
fragment HEX_DIGIT   : [0-9a-fA-F];
fragment DIGIT_PART  : [0-9] ('_'? [0-9])*;
fragment FLOAT_NUMBER
    : DIGIT_PART? '.' DIGIT_PART EXPONENT?
    | DIGIT_PART '.' EXPONENT?
    | DIGIT_PART EXPONENT
    ;
fragment EXPONENT : [eE] [+-]? DIGIT_PART;

fragment ID_START    : [\p{L}\p{Nl}_];
fragment ID_CONTINUE : [\p{L}\p{Nl}_\p{Mn}\p{Mc}\p{Nd}\p{Pc}];
