graph = {
    "A": ["B", "C"], "B": ["D", "E"], "C": ["F"], "D": [], "E": ["F"], "F": ["G"], "G": [],
}
def bfs(start, goal):
    queue = [[start]]
    seen = {start}
    while queue:
        path = queue.pop(0)
        node = path[-1]
        if node == goal:
            return path
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(path + [nxt])
def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for n in graph[node]:
        if n not in seen:
            dfs(n, seen)
    return seen
print(bfs("A", "G"), dfs("A"))
def topo():
    order, state = [], {}
    def visit(n):
        if state.get(n) == "done":
            return
        state[n] = "busy"
        for m in graph[n]:
            visit(m)
        state[n] = "done"
        order.append(n)
    for n in graph:
        visit(n)
    return order[::-1]
print(topo())
weighted = {"a": {"b": 7, "c": 9, "f": 14}, "b": {"c": 10, "d": 15}, "c": {"d": 11, "f": 2}, "d": {"e": 6}, "e": {}, "f": {"e": 9}}
def dijkstra(src):
    dist = {src: 0}
    todo = set(weighted)
    while todo:
        u = min((n for n in todo if n in dist), key=lambda n: dist[n], default=None)
        if u is None:
            break
        todo.remove(u)
        for v, w in weighted[u].items():
            if dist[u] + w < dist.get(v, float("inf")):
                dist[v] = dist[u] + w
    return dict(sorted(dist.items()))
print(dijkstra("a"))
