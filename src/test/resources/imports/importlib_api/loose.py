LOOSE = 'loose!'
