print('running failing')
x = 1 / 0
