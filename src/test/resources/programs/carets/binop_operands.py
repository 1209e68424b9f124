def order_total(price, qty, shipping):
    subtotal = price * qty
    return subtotal + shipping * 1

print(order_total(3, 4, 5))
print(order_total(2, 2, None))
