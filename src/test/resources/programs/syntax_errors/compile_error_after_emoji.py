x = "🙂"; return 1
