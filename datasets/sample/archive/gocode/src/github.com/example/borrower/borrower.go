package borrower
