pub use log;
