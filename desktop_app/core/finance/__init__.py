"""Finance engine: start-up, operating, liquidity and private budgets; codes and numbers only."""
