visible = 'v'
_underscored = 'u'
