"""The Stock area: balances, stock cards, receipts."""
