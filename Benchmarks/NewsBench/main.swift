print("newsbrowse-bench: under construction")
