for s in ["ΣΑΣ", "ΣΑΣ ΟΔΟΣ.", "Σ", "ΑΣ1", "ΑΣ\u0301", "ΑΣ\u0301Α", "ΑΣ.Α", "Α.Σ", "ΌΣΟΣ ΣΟΦΟΣ"]:
    print(s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
