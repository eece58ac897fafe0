"""Take-over: the chain page and graph, its models and words, the playbook, applying a step."""
