grid = [[1, 2], [3, 4]]
i, j = 1, 5
print(grid[0][1])
cell = grid[ i ][ j ] + 1
