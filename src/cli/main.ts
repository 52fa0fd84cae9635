// STUB (helper xlsx-cli implements)
console.log('duty-stats', process.argv.slice(2).join(' '));
