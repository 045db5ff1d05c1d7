"""minutebook's pipeline stages, in order: read, furniture (clean), ..., emit. `pipeline` composes them."""
