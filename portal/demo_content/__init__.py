"""Demo content for load_demo_data: plain data, no Django imports."""
