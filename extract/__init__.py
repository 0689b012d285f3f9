"""trial-extract: source-grounded records of sample sizes, doses, endpoints and p-values from trial text."""

__version__ = "0.1.0"
