"""Learning material of the kenniskring: reflections, portfolios, learning questions, challenges."""
