"""One generic builder turns the FormSpec's fields into Qt editors with two-way binding."""
